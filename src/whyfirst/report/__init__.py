"""whyfirst.report"""
