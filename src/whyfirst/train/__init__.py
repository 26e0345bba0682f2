"""whyfirst.train"""
